#pragma once

#include "core/store/Store.h"
#include "gui/app/Prompter.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace ahplead {

// Opens the store, and when it cannot be opened tells the person which file, what is
// wrong and what they can do (open it read-only when it can still be read, choose another
// file, create a new store where a remembered one has gone, or quit). Never crashes and
// never swaps in an empty store without asking.
class StoreOpener {
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    explicit StoreOpener(Prompter &prompter);

    // Opens PATH for reading and writing, asking as above until a store is open or the
    // person quits (nullptr). EXPECTEXISTING means PATH is a store used before (from the
    // settings): a missing file is then reported, not silently replaced by a new one.
    std::unique_ptr<Store> open(const QString &path, bool expectExisting, QWidget *parent = nullptr);

private:
    Prompter &m_prompter;
};

} // namespace ahplead
