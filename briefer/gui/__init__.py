"""The PySide6 desktop application (see ``briefer.gui.app.run``)."""
