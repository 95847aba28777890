import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { childPointer, escapeToken, parsePointer, toPointer, unescapeToken } from '../../engine/pointer.ts';
import { getAnswer, setAnswer } from '../../web-components/answers-path.ts';

test('keys holding "/" and "~" survive a round trip through a pointer', () => {
  const keys = ['a/b', '~1', 'm~n', '', '0'];
  assert.is(toPointer(keys), '/a~1b/~01/m~0n//0');
  assert.equal(parsePointer(toPointer(keys)), keys);
  assert.is(unescapeToken(escapeToken('~/~')), '~/~');
});

test('the root pointer has no tokens, and a child pointer escapes only its new token', () => {
  assert.equal(parsePointer(''), []);
  assert.equal(parsePointer('/'), ['']);
  assert.is(childPointer('/prefill', '/risk/violent'), '/prefill/~1risk~1violent');
});

test('the browser reads and writes answers at escaped pointers under the unescaped key', () => {
  const answers = { risk: { 'a/b': 'yes', 'c~d': 'no' } };
  assert.is(getAnswer(answers, '/risk/a~1b'), 'yes');
  assert.is(getAnswer(answers, '/risk/c~0d'), 'no');
  assert.equal(setAnswer(answers, '/risk/a~1b', 'maybe'), { risk: { 'a/b': 'maybe', 'c~d': 'no' } });
  assert.equal(setAnswer({}, '/property/bags/0/seal', 'S1'), { property: { bags: [{ seal: 'S1' }] } });
});

test.run();
