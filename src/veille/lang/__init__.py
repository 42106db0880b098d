"""Language data: lexicons and rules as data files, one folder per language."""
