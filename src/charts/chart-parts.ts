/**
 * The only module that imports chart.js, with just the parts our charts use (a line
 * chart for score history, a horizontal bar chart for the scoreboard). Never import it
 * statically: `loadChart()` brings it in with `import()` when a chart is first shown,
 * so chart.js stays out of every element's initial module graph.
 */
import {
  Chart,
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Filler,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Filler);

export { Chart };
