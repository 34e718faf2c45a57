import { useT } from '../i18n/useT';
import { timelineMessages } from './messages';
import { Legend } from './Legend';
import { Overview } from './Overview';
import { TimelineChart } from './TimelineChart';
import { TimelineToolbar } from './TimelineToolbar';
import { useTimelineModel } from './useTimelineModel';
import './timeline.css';

/** The timeline region: toolbar, legend, the zoomable chart of marks, and the overview with its date brush. */
export function Timeline() {
  const t = useT(timelineMessages);
  const model = useTimelineModel();
  return (
    <section aria-label={t('region')} className="timeline">
      <TimelineToolbar window={model.window} fit={model.fit} />
      <Legend colours={model.colours} />
      <TimelineChart model={model} />
      <Overview window={model.window} />
    </section>
  );
}
