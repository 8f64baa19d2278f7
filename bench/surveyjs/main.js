// Renders the survey of survey.json; `?page=N` opens page N (the bench's answer-change test uses
// the page with many fields and a computed figure).
fetch('./survey.json')
  .then((response) => response.json())
  .then((json) => {
    const survey = new Survey.Model(json);
    const page = Number(new URLSearchParams(location.search).get('page') || 0);
    if (page) survey.currentPageNo = page;
    window.benchSurvey = survey;
    SurveyUI.renderSurvey(survey, document.getElementById('survey'));
  });
