"""Reading and writing: source files, project folders, templates, importers."""
