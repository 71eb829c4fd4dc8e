#include "Confirm.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace fr {

namespace {
struct ConfirmState
{
    std::optional<bool> nextAnswer;
    int asked = 0;
    QString lastText;
};
ConfirmState &state()
{
    static ConfirmState s;
    return s;
}
} // namespace

void Confirm::ask(QWidget *parent, const QString &title, const QString &text,
                  const QString &acceptLabel, Done done)
{
    ConfirmState &s = state();
    ++s.asked;
    s.lastText = text;
    if (s.nextAnswer) {
        const bool answer = *s.nextAnswer;
        s.nextAnswer.reset();
        QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, [guard, parent, answer, done = std::move(done)] {
            if (!parent || guard)
                done(answer);
        });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    QPushButton *accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(accept);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, done = std::move(done)] {
        done(box->clickedButton() == accept);
    });
    box->open();
}

void Confirm::setNextAnswer(std::optional<bool> answer)
{
    state().nextAnswer = answer;
}
int Confirm::askedCount()
{
    return state().asked;
}
QString Confirm::lastText()
{
    return state().lastText;
}
void Confirm::resetForTests()
{
    state() = ConfirmState();
}

} // namespace fr
