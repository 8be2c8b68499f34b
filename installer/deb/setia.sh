#!/bin/sh
# /usr/bin/setia: starts the installed app (the menu entry runs this too).
# Setia draws in software (-Dprism.order=sw in the launcher's settings), so GTK need not load the OpenGL driver
# only to choose window visuals: with it loaded (Mesa and its LLVM) the app holds 50-60 MB more (decision 35).
# An owner's own GDK_GL setting is kept.
GDK_GL="${GDK_GL:-disable}"
export GDK_GL
exec /opt/setia/bin/Setia "$@"
