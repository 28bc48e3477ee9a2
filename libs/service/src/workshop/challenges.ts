// What each station (domain) asks a workshop team to find, and on which page of that app.
export interface StationChallenge {
  station: string;
  title: string;
  /** Page of the station's app where the team works, e.g. '/try'. */
  page: string;
  challenge: string;
}

const CHALLENGES: Record<string, Omit<StationChallenge, 'station'>> = {
  'credit-risk': {
    title: 'Credit Risk Scorer',
    page: '/try',
    challenge: 'Find a credit cutoff with a bad rate under 5% and an approval rate over 60%. Note the cutoff and both rates.',
  },
  'med-diagnosis': {
    title: 'Clinical Risk Assistant',
    page: '/train',
    challenge: 'Compare a differentially private run with a standard one: how much quality does privacy cost, and would you ship the private one?',
  },
  recommender: {
    title: 'Movie Recommender',
    page: '/try',
    challenge: 'Rate five movies as a new user and judge the top-10: which reason convinced you, and which recommendation would you remove?',
  },
  'nlp-chatbot': {
    title: 'Support Assistant',
    page: '/try',
    challenge: 'Pick the out-of-scope threshold that keeps wrong answers under 2%: how many questions are then handed to a person?',
  },
  'vision-detect': {
    title: 'Road-Sign Detector',
    page: '/try',
    challenge: 'Find an image where the detector fails, and decide whether the model could run on the device: compare browser and server latency.',
  },
};

/** The challenge of a station; a station added later (a generated app) gets a general one. */
export function stationChallenge(station: string): StationChallenge {
  const known = CHALLENGES[station];
  if (known) return { station, ...known };
  return {
    station,
    title: station,
    page: '/evaluate',
    challenge: 'Find the threshold you would ship and one failure case a person should review. Note both and why.',
  };
}

export const DEFAULT_STATIONS = ['credit-risk', 'med-diagnosis', 'recommender', 'nlp-chatbot', 'vision-detect'];
