#include "gui/app/StoreOpener.h"

#include <QDir>
#include <QFileInfo>

namespace ahplead {

StoreOpener::StoreOpener(Prompter &prompter) : m_prompter(prompter) {}

std::unique_ptr<Store> StoreOpener::open(const QString &startPath, bool expectExisting, QWidget *parent)
{
    QString path = startPath;
    for (;;) {
        StoreProblem problem;
        problem.path = path;
        std::unique_ptr<Store> readOnly;
        const bool exists = QFileInfo::exists(path);
        if (expectExisting && !exists) {
            problem.message = tr("%1 cannot be found. It may have been moved, renamed or deleted, or it is on a "
                                 "drive that is not connected.")
                                  .arg(QDir::toNativeSeparators(path));
            problem.canCreate = true;
        } else {
            auto opened = Store::open(path, Store::Mode::ReadWrite);
            if (opened)
                return std::move(opened.value());
            problem.message = opened.message();
            if (exists) {
                // Whether reading still works decides if "Open read-only" is worth offering.
                auto probe = Store::open(path, Store::Mode::ReadOnly);
                if (probe) {
                    readOnly = std::move(probe.value());
                    problem.canOpenReadOnly = true;
                }
            }
        }

        switch (m_prompter.storeProblem(parent, problem)) {
        case StoreChoice::OpenReadOnly:
            if (readOnly)
                return readOnly;
            break;
        case StoreChoice::CreateNew:
            expectExisting = false;
            break;
        case StoreChoice::ChooseAnother: {
            const QString chosen = m_prompter.chooseStoreFile(parent, path);
            if (!chosen.isEmpty()) {
                path = chosen;
                expectExisting = false; // a file the person just named may be new
            }
            break;
        }
        case StoreChoice::Quit:
            return nullptr;
        }
    }
}

} // namespace ahplead
