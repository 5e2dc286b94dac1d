// papers_on_dataset: papers that evaluate on or introduce a dataset or benchmark.
// Parameters: dataset (name or alias of the dataset/benchmark, case-insensitive)
// Columns: paper_id, title
WITH toLower($dataset) AS wanted
MATCH (p:Paper)-[:EVALUATES_ON|INTRODUCES]->(d:Dataset)
WHERE toLower(d.name) = wanted OR any(alias IN d.aliases WHERE toLower(alias) = wanted)
RETURN DISTINCT p.paper_id AS paper_id, p.title AS title
ORDER BY paper_id
