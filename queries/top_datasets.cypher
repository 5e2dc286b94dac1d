// top_datasets: datasets and benchmarks by number of papers that evaluate on or introduce them.
// Parameters: none
// Columns: name, is_benchmark (true/false), papers
MATCH (p:Paper)-[:EVALUATES_ON|INTRODUCES]->(d:Dataset)
WITH d, count(DISTINCT p) AS papers
RETURN d.name AS name, d.is_benchmark AS is_benchmark, papers
ORDER BY papers DESC, name
