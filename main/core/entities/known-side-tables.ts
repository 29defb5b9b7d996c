// Every side table an operation may have journalled must be registered before an undo or redo
// reads the journal, in whichever process (app, CLI) runs it. One import line per table.
import './duplicate-dismissals.js';
