# Precompiled headers: the Qt, JSON and standard headers nearly every file of a layer includes,
# parsed once per target instead of once per file (docs/building.md: build times).
set(AHPLEAD_PCH_CORE
    <QByteArray> <QDateTime> <QDir> <QFileInfo> <QHash> <QString> <QStringList>
    <nlohmann/json.hpp> <algorithm> <functional> <memory> <optional> <vector>)
set(AHPLEAD_PCH_REPORT ${AHPLEAD_PCH_CORE}
    <QAbstractTextDocumentLayout> <QPainter> <QTextCursor> <QTextDocument> <QTextTable>)
set(AHPLEAD_PCH_GUI ${AHPLEAD_PCH_REPORT}
    <QHBoxLayout> <QLabel> <QPushButton> <QVBoxLayout> <QWidget>)

# ahplead_precompile(TARGET CORE|REPORT|GUI)
function(ahplead_precompile target layer)
    if(AHPLEAD_PCH)
        target_precompile_headers(${target} PRIVATE ${AHPLEAD_PCH_${layer}})
    endif()
endfunction()
