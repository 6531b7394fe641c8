#pragma once

#include "ui/appcontext.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace pd::ui {

// Navigation on the left lists only the screens the logged-in role may use.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const AppContext &context, QWidget *parent = nullptr);

    QStringList screenNames() const; // object names of the pages shown, for tests
    void showScreen(const QString &objectName);
    // What the desk would lose if someone else took it over now (the counter's typed receipt).
    bool hasUnpostedWork() const;

signals:
    void logoutRequested();
    void languageChanged();

private:
    void addScreen(QWidget *page, const QString &title);
    QLabel *databaseLabel(const Database &db);
    void openSettings();
    void openJob(int job);
    void openImport(int kind);

    const AppContext &m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
};

} // namespace pd::ui
