// How many nodes the graph holds, of every label.
// params: (none)
// columns: nodes (integer)
MATCH (n)
RETURN count(n) AS nodes
