// authors_by_papers: authors by number of papers they wrote.
// Parameters: none
// Columns: author, papers
MATCH (a:Author)-[:AUTHORED]->(p:Paper)
WITH a, count(DISTINCT p) AS papers
RETURN a.name AS author, papers
ORDER BY papers DESC, author
