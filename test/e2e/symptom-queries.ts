/**
 * Symptoms and situations in runners' own words (issue 26): where it hurts, how, and when; what
 * just happened (a race, an illness, a bad night). Written before any change to search, so their
 * score then is the baseline the search work is measured against. Each query names the page that
 * must come first and why, from that page's signs, aliases or subject. Phrasing varies, a few are
 * misspelt as typed on a phone, and most avoid the words of the expected guide's title.
 */
const M = (slug: string) => `/methods/${slug}/`;
const I = (slug: string) => `/injuries/${slug}/`;
const T = (slug: string) => `/tools/${slug}/`;
const G = (goal: string) => `/methods/goal/${goal}/`;
const RACE = '/after-the-race/';

export interface SymptomQuery {
	query: string;
	/** The page that must come first. */
	url: string;
	why: string;
}

export const SYMPTOM_QUERIES: SymptomQuery[] = [
	// Lower leg: a long stretch of the inner bone (shin splints) against one spot (bone stress).
	{
		query: 'inside of my lower leg aches along the bone when i run',
		url: I('shin-pain'),
		why: 'an ache along the inner edge of the tibia',
	},
	{
		query: 'lower leg bone tender over a long stretch after upping mileage',
		url: I('shin-pain'),
		why: 'tender over 5 cm or more, after running more',
	},
	{ query: 'inner leg bone pain that fades after i stop running', url: I('shin-pain'), why: 'comes on with running, fades after' },
	{
		query: 'both legs ache along the front bone since i started running more',
		url: I('shin-pain'),
		why: 'too much too soon, a diffuse bone-edge ache',
	},
	{
		query: 'one spot on my leg bone hurts when i press it',
		url: I('bone-stress-injury'),
		why: 'pain you can point to with one finger on a bone',
	},
	{ query: 'hurts to hop on one leg and i can point to the spot', url: I('bone-stress-injury'), why: 'the hop test and pinpoint pain' },
	{ query: 'bone ache at night after running', url: I('bone-stress-injury'), why: 'an ache in the bone at rest or at night' },
	{ query: 'top of my foot is swollen and sore over the long bones', url: I('bone-stress-injury'), why: 'metatarsal stress fracture sign' },
	{ query: 'deep pain in the groin when i run or walk', url: I('bone-stress-injury'), why: 'femoral neck stress fracture sign' },
	{ query: 'pain on top of foot gets worse every run', url: I('bone-stress-injury'), why: 'top of the foot, worse with each run' },
	// Under and behind the heel.
	{ query: 'first steps in the morning hurt under my foot', url: I('plantar-heel-pain'), why: 'first-step pain under the heel' },
	{ query: 'bottom of foot near the back hurts getting out of bed', url: I('plantar-heel-pain'), why: 'first steps in the morning' },
	{
		query: 'sore under the foot when i stand up after sitting',
		url: I('plantar-heel-pain'),
		why: 'pain on standing after sitting that eases',
	},
	{ query: 'stabbing pain underneath heal in the morning', url: I('plantar-heel-pain'), why: 'misspelt heel; first-step pain' },
	{
		query: 'arch pain near the back of the foot that eases once moving',
		url: I('plantar-heel-pain'),
		why: 'an alias: arch pain near the heel',
	},
	{ query: 'back of my ankle is stiff first thing in the morning', url: I('achilles-tendon-pain'), why: 'tendon stiffness in the morning' },
	{ query: 'thick sore lump above the back of my heel', url: I('achilles-tendon-pain'), why: 'thickened spot 2-6 cm above the heel bone' },
	{
		query: 'tendon at the back of the leg hurts at the start of a run then warms up',
		url: I('achilles-tendon-pain'),
		why: 'eases as you warm up, back after',
	},
	{ query: 'achillies sore after hills', url: I('achilles-tendon-pain'), why: 'misspelt Achilles' },
	// Ankle and foot skin.
	{ query: 'rolled my foot on a trail and the outside is swollen', url: I('ankle-sprain'), why: 'inversion, outer ankle swelling' },
	{ query: 'went over on my ankle during a run', url: I('ankle-sprain'), why: 'an alias: going over on your ankle' },
	{ query: 'ankle keeps giving way on uneven ground', url: I('ankle-sprain'), why: 'gives way, after sprains' },
	{ query: 'bruise around the outer ankle bone after twisting it', url: I('ankle-sprain'), why: 'bruising around the outer ankle bone' },
	{
		query: 'toenail turned purple after the marathon',
		url: I('blisters-and-black-toenails'),
		why: 'a nail turning red, purple or black after long runs',
	},
	{ query: 'bubble of fluid where my shoe rubs', url: I('blisters-and-black-toenails'), why: 'a blister' },
	{ query: 'nail lifting off my big toe', url: I('blisters-and-black-toenails'), why: 'a toenail lifting away after a race' },
	{ query: 'raw skin on my heel from new shoes', url: I('blisters-and-black-toenails'), why: 'rubbed, raw skin where a blister burst' },
	// Calf.
	{
		query: 'felt a pop in my lower leg muscle on a hill sprint',
		url: I('calf-strain'),
		why: 'a sudden pop in the calf on a hill or sprint',
	},
	{
		query: 'sudden sharp pain in the back of my lower leg when i sped up',
		url: I('calf-strain'),
		why: 'a sharp pain in the calf during a surge',
	},
	{ query: 'cant push off or rise onto my toes on one leg', url: I('calf-strain'), why: 'pain rising onto the toes or pushing off' },
	{
		query: 'tight deep ache in the calve that built up over a steady run',
		url: I('calf-strain'),
		why: 'misspelt calf; a deep tightness that built up',
	},
	// Knee: front against outside.
	{ query: 'dull ache around my kneecap going down stairs', url: I('runners-knee'), why: 'around the kneecap, worse on stairs' },
	{ query: 'front of my knee hurts after sitting in the cinema', url: I('runners-knee'), why: 'aches after sitting with knees bent' },
	{ query: 'grinding feeling under the knee cap when i squat', url: I('runners-knee'), why: 'grinding under the kneecap, squatting' },
	{ query: 'knee aches downhill and i cant point to one spot', url: I('runners-knee'), why: 'a diffuse ache, worse downhill' },
	{
		query: 'outside of my knee burns at the same point in every run',
		url: I('it-band-pain'),
		why: 'outer knee pain at the same point in each run',
	},
	{ query: 'sharp pain on the side of the knee running downhill', url: I('it-band-pain'), why: 'lateral knee pain, worse downhill' },
	{
		query: 'lateral knee pain after 5 miles that stops when i walk',
		url: I('it-band-pain'),
		why: 'builds until you stop, little pain walking',
	},
	{
		query: 'outer thigh and knee pain that makes me stop running',
		url: I('it-band-pain'),
		why: 'outside of the knee, builds until you stop',
	},
	// Back of the thigh and buttock.
	{
		query: 'pain at the back of my thigh while sprinting',
		url: I('hamstring-pain'),
		why: 'a sharp pull in the back of the thigh sprinting',
	},
	{ query: 'felt a pull behind my thigh on the last rep', url: I('hamstring-pain'), why: 'a pull in the back of the thigh speeding up' },
	{ query: 'deep ache at my sit bone on hard chairs', url: I('hamstring-pain'), why: 'buttock ache at the sit bone, worse sitting' },
	{ query: 'bum hurts when sitting after long runs', url: I('hamstring-pain'), why: 'an alias: buttock pain when sitting' },
	{ query: 'hamstrng tight and sore after intervals', url: I('hamstring-pain'), why: 'misspelt hamstring' },
	// Soreness and general aches: every method for the goal.
	{ query: 'legs ache two days after a hard run', url: G('soreness'), why: 'delayed-onset soreness' },
	{ query: 'quads so sore i can barely walk down stairs after a race', url: RACE, why: 'soreness after a race: the after-race guide' },
	{ query: 'thighs stiff and heavy the day after a long run', url: G('soreness'), why: 'post-run muscle soreness' },
	{ query: 'whole body aches after my first half', url: RACE, why: 'after a half marathon: the after-race guide' },
	{ query: 'sore calves after marathon', url: RACE, why: 'the issue: the after-race guide, not massage sticks' },
	// After, before and between races.
	{ query: 'how many days off after a marathon', url: RACE, why: 'when to run again after a race' },
	{ query: 'when can i run again after my half', url: RACE, why: 'first easy run after a half' },
	{ query: 'just finished a 10k what now', url: RACE, why: 'after a race' },
	{ query: 'how soon can i race again after a marathon', url: RACE, why: 'when to race again' },
	{ query: 'plan my days after the race on a calendar', url: T('after-race'), why: 'the timeline and its calendar file' },
	{ query: 'what to eat after a long run', url: M('nutrition'), why: 'the issue: nutrition, not chafing care' },
	{ query: 'what should i drink after running in the heat', url: M('nutrition'), why: 'fluids and electrolytes' },
	{ query: 'protein after a hard workout', url: M('nutrition'), why: 'protein timing' },
	{ query: 'nervous and cant sleep the night before my race', url: T('sleep'), why: 'race-eve sleep: the calculator' },
	{ query: 'what time should i go to bed for a 6am start', url: T('sleep'), why: 'a lights-out time for a wake-up time' },
	{ query: 'slept badly should i still do my workout', url: T('today'), why: 'a training call for today' },
	{ query: 'should i run today or rest', url: T('today'), why: 'the quiz' },
	{ query: 'run or rest with a cold', url: T('today'), why: 'illness in the quiz' },
	{ query: 'i had a fever last week can i train', url: T('today'), why: 'the illness question stops or eases the plan' },
	{ query: 'tired legs and a race in two days', url: T('today'), why: 'the quiz: race soon, an easy day' },
	// Skin and kit.
	{ query: 'nipples bleeding after long run', url: M('chafing-care'), why: "jogger's nipple" },
	{ query: 'inner thighs rubbed raw', url: M('chafing-care'), why: 'chafing' },
	{ query: 'what socks for tired legs on a flight after a race', url: T('compression'), why: 'compression for travel: the chooser' },
	{ query: 'which size calf sleeve do i need', url: T('compression'), why: 'sizing from calf measurements' },
	// Warning signs: the red flags.
	{ query: 'one calf swollen hot and red', url: '/red-flags/', why: 'a possible clot: a red flag' },
	{ query: 'dark brown pee after the marathon', url: '/red-flags/', why: 'rhabdomyolysis warning sign' },
	{ query: 'chest pain during my run', url: '/red-flags/', why: 'a cardiac warning sign' },
	// Written second, before the second round of search work (baseline in that commit's message).
	{ query: 'shins throb after running on pavement', url: I('shin-pain'), why: 'a shin ache that comes on with running' },
	{ query: 'inside edge of my shin is sore to touch', url: I('shin-pain'), why: 'tender along the inner edge of the shin bone' },
	{ query: 'shin ache since increasing my weekly miles', url: I('shin-pain'), why: 'started after running more' },
	{
		query: 'pain behind my second toe that gets worse every run',
		url: I('bone-stress-injury'),
		why: 'metatarsal: behind the second toe, worse each run',
	},
	{ query: 'limping and my shin hurts at one spot', url: I('bone-stress-injury'), why: 'pinpoint bone pain with a limp' },
	{
		query: 'shin hurts even at night in bed',
		url: I('bone-stress-injury'),
		why: 'bone pain at night points to bone stress, not shin splints',
	},
	{ query: 'heel pain when i get up from my desk', url: I('plantar-heel-pain'), why: 'pain on standing after sitting' },
	{ query: 'feels like a bruise under my heel', url: I('plantar-heel-pain'), why: 'a tender spot on the underside of the heel' },
	{
		query: 'arch of my foot aches by the end of the day',
		url: I('plantar-heel-pain'),
		why: 'an ache that builds by the end of a long day',
	},
	{ query: 'tendon above my heel is thick and sore', url: I('achilles-tendon-pain'), why: 'a thickened, sore spot above the heel bone' },
	{ query: 'achilles creaky and stiff when i get out of bed', url: I('achilles-tendon-pain'), why: 'morning stiffness of the tendon' },
	{ query: 'stiff achiles on the first mile', url: I('achilles-tendon-pain'), why: 'misspelt Achilles; stiff at the start of a run' },
	{ query: 'turned my ankle off a kerb and it is puffy', url: I('ankle-sprain'), why: 'a turned ankle with swelling' },
	{ query: 'ankle wobbly since i sprained it last year', url: I('ankle-sprain'), why: 'feels loose after an earlier sprain' },
	{ query: 'outside of ankle black and blue', url: I('ankle-sprain'), why: 'bruising around the outer ankle bone' },
	{
		query: 'big toenail went black after a downhill race',
		url: I('blisters-and-black-toenails'),
		why: 'a toenail turning black after a race',
	},
	{
		query: 'hot spot on the ball of my foot in new trainers',
		url: I('blisters-and-black-toenails'),
		why: 'an alias: hot spot, where a shoe rubs',
	},
	{ query: 'blood blister under my toenail', url: I('blisters-and-black-toenails'), why: 'blood under the nail' },
	{ query: 'calf muscle seized up mid run', url: I('calf-strain'), why: 'a calf that tightened during a run' },
	{ query: 'tender spot in my calf when i squeeze it', url: I('calf-strain'), why: 'a tender spot in the calf muscle' },
	{
		query: 'calf felt like someone kicked me from behind',
		url: '/red-flags/',
		why: 'the Achilles rupture sign: a kick at the back of the leg',
	},
	{ query: 'pain behind the knee cap when climbing stairs', url: I('runners-knee'), why: 'behind the kneecap, worse on stairs' },
	{ query: 'knees ache after long car journeys', url: I('runners-knee'), why: 'aches after sitting with the knees bent' },
	{ query: 'crunching noise in my knee when i squat', url: I('runners-knee'), why: 'grinding or crackling under the kneecap' },
	{ query: 'outer knee hurts after 3 miles every time', url: I('it-band-pain'), why: 'outside of the knee at the same point in each run' },
	{
		query: 'burning on the outside of my knee going downstairs',
		url: I('it-band-pain'),
		why: 'burning outer knee pain, worse down stairs',
	},
	{ query: 'itb flaring up on descents', url: I('it-band-pain'), why: 'ITB, worse downhill' },
	{
		query: 'hamstring twinge when i kick at the end of a race',
		url: I('hamstring-pain'),
		why: 'a pull in the back of the thigh kicking on',
	},
	{ query: 'sore sitbone after uphill running', url: I('hamstring-pain'), why: 'sit-bone ache, worse uphill' },
	{ query: 'back of my leg above the knee pulled on a sprint', url: I('hamstring-pain'), why: 'a pull in the back of the thigh sprinting' },
	{ query: 'everything aches the morning after my first long run', url: G('soreness'), why: 'delayed-onset muscle soreness' },
	{ query: 'sore muscles 48 hours after a workout', url: G('soreness'), why: 'soreness that peaks a day or two later' },
	{ query: 'legs feel heavy and flat all week', url: G('fatigue'), why: 'fatigue, not an injury' },
	{ query: 'legs feel dead on easy runs', url: G('fatigue'), why: 'tired legs' },
	{ query: 'puffy feet and ankles after a long run', url: G('swelling'), why: 'swelling after running' },
	{ query: 'first run back after a marathon how far', url: RACE, why: 'the first run after a race' },
	{ query: 'recovering from an ultra', url: RACE, why: 'after an ultra' },
	{ query: 'week after my 5k race what training', url: RACE, why: 'training in the days after a race' },
	{ query: 'calendar of recovery days after a half marathon', url: T('after-race'), why: 'the timeline and its calendar file' },
	{ query: 'race on saturday should i run today', url: T('today'), why: 'a race soon: the quiz' },
	{ query: 'feel run down with a sore throat can i train', url: T('today'), why: 'illness: the quiz asks and eases the plan' },
	{ query: 'stomach bug can i still run', url: T('today'), why: 'illness: the quiz' },
	{ query: 'got covid when can i start running again', url: T('today'), why: 'illness: the quiz' },
	{ query: 'only slept 4 hours should i run', url: T('today'), why: 'a training call after a short night' },
	{ query: 'what time to sleep for an early race start', url: T('sleep'), why: 'a lights-out time for a race morning' },
	{ query: 'bedtime for a 5am alarm', url: T('sleep'), why: 'a lights-out time for an alarm' },
	{ query: 'what to eat the night before a long run', url: M('nutrition'), why: 'carbohydrate before a long run' },
	{ query: 'best drink to recover after intervals', url: M('nutrition'), why: 'a recovery drink' },
	{ query: 'armpits sting after running', url: M('chafing-care'), why: 'chafing under the arms' },
	{ query: 'sports bra rubbing under my chest', url: M('chafing-care'), why: 'chafing from a bra band' },
	{ query: 'sore red nipples after a long run', url: M('chafing-care'), why: "jogger's nipple" },
	{ query: 'how tight should compression socks be', url: T('compression'), why: 'a pressure class for the purpose' },
	{ query: 'measure my calf for compression sleeves', url: T('compression'), why: 'sizing from calf measurements' },
	{ query: 'dizzy and confused after running in the heat', url: '/red-flags/', why: 'heat illness: an emergency sign' },
	{ query: 'threw up and confused after the marathon', url: '/red-flags/', why: 'low blood sodium after a long race' },
	{ query: 'toes went numb and white under an ice pack', url: '/red-flags/', why: 'numbness and a pale foot under ice' },
	{ query: 'blister is hot red and full of pus', url: '/red-flags/', why: 'a possible infection' },
	{ query: 'heart racing and chest tight on a run', url: '/red-flags/', why: 'a cardiac warning sign' },
	{ query: 'pee looks like cola after a hard session', url: '/red-flags/', why: 'urine the colour of cola: rhabdomyolysis' },
	{ query: 'shin pain keeps growing after i stopped and the muscle is rock hard', url: '/red-flags/', why: 'acute compartment syndrome' },
	{ query: 'numb around my bottom with back pain', url: '/red-flags/', why: 'saddle numbness with back pain: cauda equina' },
	{ query: 'couldnt put weight on my ankle after i twisted it', url: '/red-flags/', why: 'cannot bear weight: the Ottawa ankle rules' },
];
