#pragma once

#include <QSortFilterProxyModel>

namespace fr {

// Narrows the gallery to one model and/or a text found in the prompt. Keeps
// the source order: the index already sorts newest job first.
class GalleryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit GalleryFilterModel(QObject *parent = nullptr);

    // Empty: every model.
    void setModelFilter(const QString &model);
    const QString &modelFilter() const { return m_model; }
    void setTextFilter(const QString &text);
    const QString &textFilter() const { return m_text; }
    bool isFiltering() const { return !m_model.isEmpty() || !m_text.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_model;
    QString m_text;
};

} // namespace fr
