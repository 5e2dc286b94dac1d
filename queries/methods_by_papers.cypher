// methods_by_papers: named methods by number of papers that propose or use them.
// Parameters: none
// Columns: method, papers
MATCH (p:Paper)-[:PROPOSES|USES]->(m:Method)
WITH m, count(DISTINCT p) AS papers
RETURN m.name AS method, papers
ORDER BY papers DESC, method
