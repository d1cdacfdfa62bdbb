/**
 * The figures guides can place with `<Figure id="..." />`: each an original line drawing (an Astro
 * component drawing its lines, which Figure.astro places in one accessible SVG at build time), its
 * viewBox, title and description (read by screen readers, inside the SVG) and its caption (shown
 * under it). Ids are used by guides: do not rename.
 */
import FoamRollCalf from './FoamRollCalf.astro';
import HeelRaise from './HeelRaise.astro';
import HipAbduction from './HipAbduction.astro';
import IceBath from './IceBath.astro';
import LegsUpWall from './LegsUpWall.astro';
import MeasureLeg from './MeasureLeg.astro';

export type FigureEntry = {
	/** An Astro component drawing the lines; Figure.astro wraps it in the accessible <svg>. */
	component: (props: Record<string, never>) => unknown;
	/** The drawing's SVG viewBox: the area its coordinates use. */
	viewBox: string;
	title: string;
	description: string;
	caption: string;
};

export const FIGURES = {
	'measure-leg': {
		component: MeasureLeg,
		viewBox: '8 0 512 400',
		title: 'Where to measure for compression garments',
		description:
			'A lower leg seen from the side. One tape goes around the calf at its widest point and one around the ankle at its narrowest. An arrow runs from the floor at the heel up to the crease behind the knee.',
		caption:
			'Measure in the morning, standing, with the tape on bare skin; for knee-high socks, also measure from the floor at your heel to the crease behind your knee.',
	},
	'foam-roll-calf': {
		component: FoamRollCalf,
		viewBox: '20 100 464 224',
		title: 'Rolling your calf on a foam roller',
		description:
			'A runner sits on the floor leaning back on straight arms, hands flat behind. One calf rests on a foam roller and the other leg is crossed over it to add weight. An arrow shows the roll along the calf, from the ankle to just below the knee.',
		caption:
			'Roll slowly from your ankle to just below your knee; to ease the pressure, uncross your legs or take more weight on your hands.',
	},
	'legs-up-wall': {
		component: LegsUpWall,
		viewBox: '24 96 464 226',
		title: 'Calves raised for 15 minutes',
		description:
			'A person lies on their back on the floor with their calves resting on a large gym ball, knees slightly bent, hips close to the ball. A clock shows 15 minutes.',
		caption:
			'Rest your calves on a gym ball, a sofa arm or firm cushions for 15 minutes with your knees slightly bent; legs straight up a wall helped least.',
	},
	'ice-bath': {
		component: IceBath,
		viewBox: '16 80 496 290',
		title: 'A cold-water bath',
		description:
			'A person sits in a bath with cold water up to the waist, legs stretched out under the water. A thermometer beside the bath reads 11-15 °C (52-59 °F) and a timer reads 11-15 minutes.',
		caption:
			'Sit in water at 11-15 °C (52-59 °F) up to your waist for 11-15 minutes; new to it, start at 15 °C (59 °F) for about 5 minutes.',
	},
	'heel-raise': {
		component: HeelRaise,
		viewBox: '20 10 400 400',
		title: 'Single-leg heel raise on a step',
		description:
			'A person stands on one foot on the edge of a step, the ball of the foot on the step and the heel over the edge, one hand on the wall. The heel is drawn raised above the step and, dashed, lowered below it, with arrows marking up in 3 seconds and down in 3 seconds.',
		caption: 'Rise for about 3 seconds and lower for 3 until your heel is below the step; the hand on the wall is only for balance.',
	},
	'hip-abduction': {
		component: HipAbduction,
		viewBox: '0 40 512 210',
		title: 'Side-lying leg raise and side plank',
		description:
			'Two drawings side by side, seen from the front. Left: a person lies on their side, head on the lower arm, and lifts the straight top leg. Right: a side plank, the body in one straight line resting on a forearm and the side of the lower foot, the top arm reaching up.',
		caption:
			'Lift your straight top leg slightly behind you without rolling your hips back; in the side plank, keep one straight line from head to feet.',
	},
} as const satisfies Record<string, FigureEntry>;

export type FigureId = keyof typeof FIGURES;
