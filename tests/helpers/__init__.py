"""What the tests share, in one place: ``from tests.helpers.<module> import …``.

``projects`` (the sample, snapshots), ``gui`` (dialog stand-in, main window),
``export_project`` (the export tests' realistic note), ``importer_files``
(files of every kind built in memory), ``citation_items`` (CSL items),
``outline_score`` (scoring outlines against hand coding), ``fuzzgen``,
``fuzzprops`` and ``core_props`` (the fuzzers' inputs and properties).
Fixtures stay in the ``conftest.py`` files, which import from here.
"""
