#include "GalleryFilterModel.h"

#include "GalleryModel.h"

namespace fr {

GalleryFilterModel::GalleryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void GalleryFilterModel::setModelFilter(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    invalidateRowsFilter();
}

void GalleryFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool GalleryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_model.isEmpty() && index.data(GalleryModel::ModelRole).toString() != m_model)
        return false;
    if (m_text.isEmpty())
        return true;
    // The prompt only: file names hold ids ("pred-…") that would match short words by accident.
    return index.data(GalleryModel::PromptRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace fr
