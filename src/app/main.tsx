// The first module is tiny: the styles, and a start that waits for the first paint, so a prerendered
// chart is on screen before the app's JavaScript is even downloaded and parsed.
import './styles.css';
import './components.css';
import './chart-font';
import { afterFirstPaint } from '../lib/after-first-paint';

afterFirstPaint(() => import('./start-app'));
