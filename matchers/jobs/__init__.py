"""Jobs and people: the hard rules, the scored components, the matchers that rank one side
for the other with reasons, and answers to viewers' questions about a job."""
