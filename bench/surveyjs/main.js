// Renders a survey: `survey.json` (our first two question pages and a page of numbers) or, with
// `?survey=start`, `start.json` (our start page as SurveyJS's start page, then the same two
// question pages). `?page=N` opens page N (the bench's answer-change test uses the page with many
// fields and a computed figure).
const query = new URLSearchParams(location.search);
fetch(query.get('survey') === 'start' ? './start.json' : './survey.json')
  .then((response) => response.json())
  .then((json) => {
    const survey = new Survey.Model(json);
    const page = Number(query.get('page') || 0);
    if (page) survey.currentPageNo = page;
    window.benchSurvey = survey;
    SurveyUI.renderSurvey(survey, document.getElementById('survey'));
  });
