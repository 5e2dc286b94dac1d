// tasks_by_papers: tasks by number of papers that address them.
// Parameters: none
// Columns: task, papers
MATCH (p:Paper)-[:ADDRESSES]->(t:Task)
WITH t, count(DISTINCT p) AS papers
RETURN t.name AS task, papers
ORDER BY papers DESC, task
