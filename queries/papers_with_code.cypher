// papers_with_code: papers that give a code, project or data URL.
// Parameters: none
// Columns: paper_id, title, url
MATCH (p:Paper)-[:HAS_CODE]->(c:CodeRepository)
RETURN p.paper_id AS paper_id, p.title AS title, c.url AS url
ORDER BY paper_id, url
