"""What things are and how they relate: occupations (and their career-path neighbours),
majors and their disciplines, places, and the occupations a person aims at. Data and lookups;
no text models."""
