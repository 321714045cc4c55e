# Precompiled headers: the Qt, JSON and standard headers nearly every file of a layer includes,
# parsed once per target instead of once per file (docs/building.md: build times).
set(AHPLEAD_PCH_CORE
    <QByteArray> <QDateTime> <QDir> <QFileInfo> <QHash> <QString> <QStringList>
    <nlohmann/json.hpp> <algorithm> <functional> <memory> <optional> <vector>)
set(AHPLEAD_PCH_REPORT ${AHPLEAD_PCH_CORE}
    <QAbstractTextDocumentLayout> <QPainter> <QTextCursor> <QTextDocument> <QTextTable>)
set(AHPLEAD_PCH_GUI ${AHPLEAD_PCH_REPORT}
    <QHBoxLayout> <QLabel> <QPushButton> <QVBoxLayout> <QWidget>)

# ahplead_precompile(TARGET CORE|REPORT|GUI): the precompiled header of a layer's library and,
# with AHPLEAD_UNITY, its sources compiled a few at a time as one file (a unity build), which
# more than halves the time to build the library from scratch. A helper in an anonymous
# namespace must then have a name no other file of its library uses for another thing.
function(ahplead_precompile target layer)
    if(AHPLEAD_PCH)
        target_precompile_headers(${target} PRIVATE ${AHPLEAD_PCH_${layer}})
    endif()
    if(AHPLEAD_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
endfunction()
