/** A plain page: the tags come first in the HTML, this module after them. */
import '../../src/index.js';
