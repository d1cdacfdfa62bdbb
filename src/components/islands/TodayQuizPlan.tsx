/** The quiz's result: a stop-and-get-checked plan, or today's training call and methods. */
import type { Ref } from 'preact';
import type { RecoveryPlan, StopPlan, TodayPlan } from '../../lib/today';
import { GRADE_SHORT } from '../../lib/vocabulary';

interface Props {
	plan: TodayPlan;
	headingRef: Ref<HTMLHeadingElement>;
	stale: boolean;
}

const Items = ({ items }: { items: string[] }) => (
	<ul>
		{items.map((item) => (
			<li key={item}>{item}</li>
		))}
	</ul>
);

function Stop({ plan, headingRef }: { plan: StopPlan; headingRef: Props['headingRef'] }) {
	return (
		<div class={`callout danger today-stop today-${plan.urgency}`}>
			<h2 id="today-plan" tabindex={-1} ref={headingRef}>
				Stop self-treating. {plan.urgencyLabel}.
			</h2>
			<p>{plan.training}</p>
			<ul class="today-flags">
				{plan.flags.map((f) => (
					<li key={f.sign}>
						<h3>{f.title}</h3>
						<p>{f.action}</p>
						{f.escalate && <p>More urgent if {f.escalate.charAt(0).toLowerCase() + f.escalate.slice(1)}</p>}
						<p>
							<a href={f.href}>Red flags: {f.title.toLowerCase()}</a>
						</p>
					</li>
				))}
			</ul>
			<h3>Because you said</h3>
			<Items items={plan.because} />
			<h3>What would change it</h3>
			<Items items={plan.changes} />
		</div>
	);
}

function Recover({ plan, headingRef }: { plan: RecoveryPlan; headingRef: Props['headingRef'] }) {
	return (
		<>
			<h2 id="today-plan" tabindex={-1} ref={headingRef}>
				Your plan for today: {plan.callLabel.toLowerCase()}
			</h2>
			<Items items={plan.callReasons} />
			<h3>
				Recovery: {plan.minutesUsed} of {plan.minutesAvailable} minutes
			</h3>
			{plan.methods.length === 0 ? (
				<p>No guide fits your time, equipment and needs today. Rest, eat and sleep well; more time or equipment may change that.</p>
			) : (
				<ol class="today-methods">
					{plan.methods.map((m) => (
						<li key={m.slug}>
							<h4>
								<a href={m.href}>{m.title}</a>
							</h4>
							<p>{m.why}</p>
							<p>
								<strong>Today:</strong> {m.dose} ({m.handsFree ? 'hands-free' : `${m.minutes.min}-${m.minutes.max} min`})
							</p>
							<p>
								<strong>Evidence:</strong> <span class="sr-only">grade </span>
								<span class={`grade grade-${m.grade.toLowerCase()}`}>{m.grade}</span> (
								{GRADE_SHORT[m.grade].toLowerCase()}) for {m.gradeFor.toLowerCase()}
							</p>
						</li>
					))}
				</ol>
			)}
			{plan.methods.length === 1 && <p class="muted">Only one method fits today's time and equipment.</p>}
			{plan.sleepLink && (
				<p>
					Work out tonight's bedtime with the <a href="/tools/sleep/">sleep calculator</a>.
				</p>
			)}
			{plan.leftOut.length > 0 && (
				<>
					<h3>Left out today</h3>
					<Items items={plan.leftOut} />
				</>
			)}
			<h3>Because you said</h3>
			<Items items={plan.because} />
			<h3>What would change it</h3>
			<ul>
				{plan.changes.map((c) => (
					<li key={c}>{c}</li>
				))}
				<li>
					Any sign on the <a href="/red-flags/">red-flags list</a> would replace this plan with: stop self-treating and get checked.
				</li>
			</ul>
			<p class="muted">
				Grades are per outcome on the site's <a href="/evidence/">A to D evidence scale</a>.
			</p>
		</>
	);
}

export default function TodayQuizPlan({ plan, headingRef, stale }: Props) {
	return (
		<div class="today-plan">
			{plan.kind === 'stop' ? <Stop plan={plan} headingRef={headingRef} /> : <Recover plan={plan} headingRef={headingRef} />}
			{stale && <p class="callout no-print">You have changed your answers since this plan: press “Get my plan” to update it.</p>}
			<p class="muted today-share no-print">The address of this page now holds your answers: share or bookmark it to see this plan again.</p>
		</div>
	);
}
