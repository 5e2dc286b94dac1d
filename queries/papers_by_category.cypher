// papers_by_category: number of papers listed under each category.
// Parameters: none
// Columns: category, papers
MATCH (p:Paper)-[:IN_CATEGORY]->(c:Category)
WITH c, count(DISTINCT p) AS papers
RETURN c.name AS category, papers
ORDER BY papers DESC, category
