// leaderboard: numeric results reported on a dataset or benchmark, with method and metric.
// Parameters: dataset (name or alias of the dataset/benchmark, case-insensitive)
// Columns: paper_id, method, metric, value, number
// method/metric: the linked node's name, else the name as written in the result (null if none).
WITH toLower($dataset) AS wanted
MATCH (d:Dataset)
WHERE toLower(d.name) = wanted OR any(alias IN d.aliases WHERE toLower(alias) = wanted)
MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:ON_DATASET]->(d)
OPTIONAL MATCH (r)-[:OF_METHOD]->(m:Method)
OPTIONAL MATCH (r)-[:MEASURES]->(x:Metric)
RETURN p.paper_id AS paper_id, coalesce(m.name, r.method_name) AS method,
       coalesce(x.name, r.metric_name) AS metric, r.value AS value, r.number AS number
ORDER BY metric, number DESC, paper_id, value
