// As main.tsx: styles now, the embed's JavaScript after the first paint of its prerendered chart.
import './styles.css';
import './components.css';
import './chart-font';
import { afterFirstPaint } from '../lib/after-first-paint';

afterFirstPaint(() => import('./start-embed'));
