"""LibreOffice's own Accept All / Reject All on a .docx, saved as plain text (issue 12, item 4).

Run with the Python that has LibreOffice's UNO bridge (Debian's python3-uno: /usr/bin/python3):

    /usr/bin/python3 tests/lo_tracked_changes.py ACTION SOURCE.docx TARGET.txt [ACTION SOURCE TARGET]...

ACTION is `accept`, `reject` or `keep` (save as it is). One LibreOffice is started headless with a
profile of its own, so the tests never touch the user's. For each file it prints a line of JSON:
the number of tracked changes LibreOffice read, before the action.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

COMMANDS = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges", "keep": None}


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(300):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            time.sleep(0.1)
    raise SystemExit("LibreOffice did not answer on its pipe in 30 s")


def main(argv):
    if len(argv) % 3 or not argv:
        raise SystemExit(__doc__)
    profile = tempfile.mkdtemp(prefix="vanban-lo-")
    pipe = f"vanban-redline-{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            f"--accept=pipe,name={pipe};urp;",
        ]
    )
    desktop = None
    try:
        context = connect(pipe)
        manager = context.ServiceManager
        desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        for action, source, target in zip(argv[0::3], argv[1::3], argv[2::3], strict=True):
            url = uno.systemPathToFileUrl(os.path.abspath(source))
            document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            changes = document.Redlines.Count
            if COMMANDS[action]:
                frame = document.getCurrentController().getFrame()
                dispatcher.executeDispatch(frame, COMMANDS[action], "", 0, ())
            document.storeToURL(
                uno.systemPathToFileUrl(os.path.abspath(target)),
                (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")),
            )
            document.close(True)
            print(json.dumps({"file": source, "tracked_changes": changes}))
    finally:
        if desktop is not None:
            with contextlib.suppress(Exception):  # LibreOffice closes the bridge as it quits
                desktop.terminate()
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(sys.argv[1:])
