import type { CueEmotion } from '../types.ts';

/** Emoji and folded emoticons (`:)`, `:(`) weigh the same in every language. */
export const EMOJI_SENTIMENT: Record<string, number> = {
  '😍': 3, '🥰': 3, '🤩': 3, '❤': 2.5, '💖': 2.5, '💕': 2.5, '😘': 2, '🔥': 2, '💯': 2, '👏': 2, '🙌': 2, '🎉': 2, '👍': 2, '👌': 2, '✨': 1.5, '⭐': 1.5, '🌟': 1.5,
  '😊': 2, '☺': 2, '🙂': 1, '😀': 2, '😁': 2, '😃': 2, '😄': 2, '😆': 1.5, '😉': 1, '😋': 2, '🤗': 2, '🙏': 1.5, '💪': 1.5, '🥳': 2.5, ':)': 1,
  '😡': -3, '🤬': -3, '😠': -2.5, '👎': -2.5, '💩': -2.5, '🤮': -3, '🤢': -2.5, '😤': -2, '😒': -1.5, '🙄': -1.5, '😞': -2, '😔': -1.5, '😢': -2, '😭': -2, '😩': -2, '😫': -2,
  '🙁': -1.5, '☹': -1.5, '😕': -1, '😟': -1.5, '😓': -1, '😖': -2, '😣': -1.5, '🤦': -2, '🤷': -0.5, '😬': -1, '🤡': -2, ':(': -1,
};

export const EMOJI_EMOTION: Record<string, CueEmotion> = {
  '😍': 'joy', '🥰': 'joy', '🤩': 'joy', '❤': 'joy', '💖': 'joy', '💕': 'joy', '🎉': 'joy', '🥳': 'joy', '😁': 'joy', '😄': 'joy', '🔥': 'joy',
  '🙏': 'gratitude',
  '😡': 'anger', '🤬': 'anger', '😠': 'anger', '🤮': 'anger', '💩': 'anger', '🤡': 'anger',
  '😤': 'frustration', '🙄': 'frustration', '🤦': 'frustration', '😩': 'frustration', '😫': 'frustration',
  '😞': 'disappointment', '😔': 'disappointment', '😢': 'disappointment', '😭': 'disappointment', '🙁': 'disappointment', '☹': 'disappointment', '😕': 'disappointment', '😟': 'disappointment',
};
