// Before any test: the cases' answers as the harness reads them (selfcheck.mjs, writeCaseAnswers).
import { writeCaseAnswers } from './selfcheck.mjs';

export default function globalSetup() {
  writeCaseAnswers();
}
