// proposed_methods: methods proposed by a paper, with the tasks that paper addresses.
// Parameters: none
// Columns: method, paper_id, task (null when the paper addresses no task)
MATCH (p:Paper)-[:PROPOSES]->(m:Method)
OPTIONAL MATCH (p)-[:ADDRESSES]->(t:Task)
RETURN m.name AS method, p.paper_id AS paper_id, t.name AS task
ORDER BY method, paper_id, task
