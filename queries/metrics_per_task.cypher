// metrics_per_task: metrics used by the papers that address each task.
// Parameters: none
// Columns: task, metric, papers
MATCH (t:Task)<-[:ADDRESSES]-(p:Paper)-[:USES_METRIC]->(m:Metric)
WITH t, m, count(DISTINCT p) AS papers
RETURN t.name AS task, m.name AS metric, papers
ORDER BY task, papers DESC, metric
