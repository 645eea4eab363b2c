/*
 * Northstar OKR, administration page: saves the settings, runs the setup, enables a project and creates a cycle
 * through the REST API. The API validates; its translated message appears next to the field it names. The page
 * reloads after a change so that it shows what is stored.
 */
(function ($, okr) {
    'use strict';

    function submit(form, method, url, body) {
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        form.find('.okr-form-saved').text('');
        button.prop('disabled', true);
        okr.send(method, url, body).done(function () {
            form.find('.okr-form-saved').text(AJS.I18n.getText('okr.ui.admin.saved'));
            window.location.reload();
        }).fail(function (xhr) {
            okr.showError(form, xhr);
            button.prop('disabled', false);
        });
    }

    $(document).on('submit', 'form.okr-admin-settings', function (event) {
        event.preventDefault();
        var form = $(this);
        submit(form, 'PUT', form.data('okr-put'), okr.values(form));
    });

    $(document).on('submit', 'form.okr-admin-action', function (event) {
        event.preventDefault();
        var form = $(this);
        submit(form, 'POST', form.data('okr-post'), {});
    });

    $(document).on('submit', 'form.okr-admin-enable', function (event) {
        event.preventDefault();
        var form = $(this);
        var key = $.trim(form.find('[name=projectKey]').val() || '').toUpperCase();
        if (!key) {
            form.find('[data-okr-error-for="projectKey"]').text(AJS.I18n.getText('okr.error.required'));
            return;
        }
        submit(form, 'POST', form.data('okr-post') + encodeURIComponent(key), {});
    });

    $(document).on('submit', 'form.okr-admin-cycle', function (event) {
        event.preventDefault();
        var form = $(this);
        submit(form, 'POST', form.data('okr-post'), okr.values(form));
    });
}(AJS.$, window.NorthstarOkr));
