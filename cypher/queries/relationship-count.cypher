// How many relationships the graph holds, of every type.
// params: (none)
// columns: relationships (integer)
MATCH ()-[r]->()
RETURN count(r) AS relationships
