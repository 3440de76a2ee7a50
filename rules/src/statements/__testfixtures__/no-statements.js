// Statement counting fixture: a module with nothing to count.
// Expected statements: 0
// Comments, empty statements and bare blocks are not statements, so this module has no score.

/* A block comment. */
;;
{
  ;
}
{ } // 0
