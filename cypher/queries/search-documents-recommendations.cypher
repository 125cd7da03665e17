// The text of every recommendation, for the in-process search index (src/search/), in id order.
// params: (none)
// columns: id (Recommendation id), text (the recommendation's full text)
MATCH (recommendation:Recommendation)
RETURN recommendation.id AS id, recommendation.text AS text
ORDER BY recommendation.id
