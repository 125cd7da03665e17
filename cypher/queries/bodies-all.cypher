// Every organisation that is not a partner agency (national policing bodies, staff associations, oversight bodies, regional police units, ...), by name.
// params: (none)
// columns: body (Body node)
MATCH (body:Body)
RETURN body
ORDER BY body.name
