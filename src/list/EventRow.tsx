import type { KeyboardEvent } from 'react';
import type { TimelineEvent } from '../model/schema';
import type { Lang } from '../i18n/lang';
import { TYPE_LABELS } from '../filters/messages';
import { formatDateSpan, formatEventDate } from './formatEventDate';
import { TypeIcon } from './TypeIcon';

interface Props {
  event: TimelineEvent;
  /** 0-based position in the sorted list. */
  index: number;
  /** Pixel offset of the row inside the scrolled body. */
  top: number;
  selected: boolean;
  /** The row that takes Tab focus (roving tabindex). */
  active: boolean;
  lang: Lang;
  names: (ids: string[]) => string;
  onSelect(id: string): void;
  onHover(id: string | null): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>, index: number): void;
}

/** One event as a grid row: date, type (shape and label), title, participants. */
export function EventRow({ event, index, top, selected, active, lang, names, onSelect, onHover, onKeyDown }: Props) {
  const people = names(event.participants);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      data-index={index}
      className={`event-row${selected ? ' is-selected' : ''}${event.status === 'planned' ? ' is-planned' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(event.id)}
      onKeyDown={(e) => onKeyDown(e, index)}
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(null)}
    >
      <div role="gridcell" className="col-date" title={formatDateSpan(event.date, lang)}>
        {formatEventDate(event.date, lang)}
      </div>
      <div role="gridcell" className="col-type">
        <TypeIcon type={event.type} />
        <span>{TYPE_LABELS[lang][event.type]}</span>
      </div>
      <div role="gridcell" className="col-title" title={event.title}>
        {event.title}
      </div>
      <div role="gridcell" className="col-people" title={people}>
        {people}
      </div>
    </div>
  );
}
