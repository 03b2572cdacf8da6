/**
 * A break in the evaluation of the first view's code. A module that imports this one first has the
 * modules it imports after it evaluated in a later task (a top-level await, in the browser only):
 * the start's code is then evaluated in two tasks of ~10 ms instead of one of ~20 (x4 on a slow
 * phone, where Lighthouse counts every task over 50 ms as blocking). The app's state imports it
 * before the model, whose schemas are the costliest part to evaluate. The page has painted by then
 * (server/start-after-paint.ts), and nothing it shows waits for this.
 */
import { untilNextTask } from './start-queue.ts';

if (typeof window !== 'undefined') await untilNextTask();
