/**
 * Load by day as an SVG bar chart with the same numbers in a table beside it: the chart is an
 * image with a name, the table is what a screen reader reads. No charting library: 28 bars are
 * a few lines of SVG.
 */
import { formatDayShort } from '../../../lib/civil-date';
import { LOAD_UNIT_SHORT, type LoadUnit } from '../../../lib/tools/runs/load';
import type { DayLoad } from '../../../lib/tools/runs/picture';

const W = 560;
const H = 160;

export default function RunsChart({ id, days, unit }: { id: string; days: readonly DayLoad[]; unit: LoadUnit }) {
	const max = Math.max(1, ...days.map((d) => d.load));
	const bar = W / days.length;
	return (
		<div class="runs-chart">
			<figure>
				<svg viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-labelledby={`${id}-chart-cap`}>
					{days.map((d, i) => {
						const h = (d.load / max) * H;
						return <rect key={d.day} x={i * bar + 2} y={H - h} width={bar - 4} height={h} class="runs-bar" />;
					})}
					<line x1="0" y1={H} x2={W} y2={H} class="runs-axis" />
					<text x="0" y={H + 16} class="runs-label">
						{formatDayShort(days[0]!.day)}
					</text>
					<text x={W} y={H + 16} text-anchor="end" class="runs-label">
						{formatDayShort(days.at(-1)!.day)}
					</text>
				</svg>
				<figcaption id={`${id}-chart-cap`}>
					Load by day, in {LOAD_UNIT_SHORT[unit]}, from {formatDayShort(days[0]!.day)} to today; the table has each day’s number.
				</figcaption>
			</figure>
			<details>
				<summary>Each day’s load</summary>
				<table>
					<thead>
						<tr>
							<th scope="col">Day</th>
							<th scope="col">Sessions</th>
							<th scope="col">Load ({LOAD_UNIT_SHORT[unit]})</th>
						</tr>
					</thead>
					<tbody>
						{days.map((d) => (
							<tr key={d.day}>
								<th scope="row">{formatDayShort(d.day)}</th>
								<td>{d.sessions}</td>
								<td>{Math.round(d.load)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</details>
		</div>
	);
}
