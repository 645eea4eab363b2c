/*
 * Northstar OKR, grading page: saves one objective's or key result's grade and note through the REST API (which
 * checks that the caller may edit the issue and that the cycle is closed) and shows the grade stored in the row's
 * status, without a reload, so that other rows keep what was typed in them. The API's translated message appears
 * next to the field it names.
 */
(function ($, okr) {
    'use strict';

    $(document).on('submit', 'form.okr-grade-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        var raw = $.trim(form.find('[name=score]').val() || '');
        // a score that is no number goes as text, so that the API names the field at fault
        var score = raw === '' ? null : (isNaN(Number(raw)) ? raw : Number(raw));
        okr.clearErrors(form);
        button.prop('disabled', true);
        okr.send('PUT', form.data('okr-put'), {score: score, note: form.find('[name=note]').val()})
            .done(function (grade) {
                form.closest('tr').find('.okr-grade-status').text(AJS.I18n.getText('okr.ui.grading.saved',
                    String(grade.score))).removeClass('okr-not-graded').addClass('okr-graded');
            }).fail(function (xhr) {
                okr.showError(form, xhr);
            }).always(function () {
                button.prop('disabled', false);
            });
    });
}(AJS.$, window.NorthstarOkr));
