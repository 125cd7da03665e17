// How many reports the graph holds (zero means the graph still has to be seeded).
// params: (none)
// columns: reports (integer)
MATCH (report:Report)
RETURN count(report) AS reports
