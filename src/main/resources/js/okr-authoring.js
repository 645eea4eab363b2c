/*
 * Northstar OKR, writing OKRs into Jira (issue 10): the overview's "New objective" form, a metric key result's values,
 * and the link forms and unlink buttons of the objective, key result and initiative panels. Every change goes to the
 * app's REST API, which writes into Jira as the viewer; a refusal (the app's or Jira's own words) is shown next to the
 * field it names. The key fields suggest issues from Jira's own issue picker as the user types. Handlers are delegated
 * from the document because Jira may load the issue view after the page.
 */
(function ($, okr) {
    'use strict';

    var ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-[0-9]+$/;

    /** A number as typed, or the text itself when it is none (the REST API then names the field at fault). */
    function number(raw) {
        var text = $.trim(raw || '');
        if (text === '') {
            return null;
        }
        return isNaN(Number(text)) ? text : Number(text);
    }

    // --- the overview's new objective form

    $(document).on('click', '.okr-create-open', function () {
        var button = $(this);
        var form = $('#' + button.attr('aria-controls'));
        var open = button.attr('aria-expanded') === 'true';
        button.attr('aria-expanded', open ? 'false' : 'true');
        form.prop('hidden', open);
        if (!open) {
            form.find('[name=summary]').trigger('focus');
        }
    });

    $(document).on('click', '.okr-create-cancel', function () {
        var form = $(this).closest('form');
        form.prop('hidden', true);
        $('.okr-create-open[aria-controls="' + form.attr('id') + '"]').attr('aria-expanded', 'false');
    });

    $(document).on('click', '.okr-create-add', function () {
        var next = $(this).closest('form').find('.okr-create-kr[hidden]').first();
        next.prop('hidden', false);
        next.find('[data-okr-kr=summary]').trigger('focus');
        if (!$(this).closest('form').find('.okr-create-kr[hidden]').length) {
            $(this).prop('hidden', true);
        }
    });

    $(document).on('change', '.okr-create-kr [data-okr-kr=kind]', function () {
        var row = $(this).closest('.okr-create-kr');
        row.find('.okr-create-metric').prop('hidden', $(this).val() !== 'metric');
    });

    $(document).on('submit', 'form.okr-create-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        var rows = [];
        var keyResults = [];
        form.find('.okr-create-kr').each(function () {
            var row = $(this);
            var summary = $.trim(row.find('[data-okr-kr=summary]').val() || '');
            if (row.prop('hidden') || summary === '') {
                return;
            }
            var kind = row.find('[data-okr-kr=kind]').val();
            var kr = {summary: summary, kind: kind, weight: number(row.find('[data-okr-kr=weight]').val())};
            if (kind === 'metric') {
                kr.start = number(row.find('[data-okr-kr=start]').val());
                kr.target = number(row.find('[data-okr-kr=target]').val());
                kr.unit = $.trim(row.find('[data-okr-kr=unit]').val() || '');
            }
            rows.push(row);
            keyResults.push(kr);
        });
        var cycleId = parseInt(form.find('[name=cycleId]').val(), 10);
        var project = form.find('[name=project]').val();
        var body = {
            summary: form.find('[name=summary]').val(),
            project: project,
            cycleId: isNaN(cycleId) ? null : cycleId,
            owner: form.find('[name=owner]').val(),
            committed: form.find('[name=committed]:checked').val() === 'true',
            weight: number(form.find('[name=weight]').val()),
            keyResults: keyResults
        };
        button.prop('disabled', true);
        okr.send('POST', form.data('okr-post'), body).done(function (created) {
            form.find('[data-okr-error-for=""]').text(
                AJS.I18n.getText('okr.ui.create.created', created.objective.key));
            window.location.href = form.data('okr-page') + '?cycleId=' + encodeURIComponent(created.cycleId)
                + '&project=' + encodeURIComponent(project);
        }).fail(function (xhr) {
            // the API names a key result by its place in the request: find the row it came from
            var error = xhr.responseJSON || {};
            var match = /^keyResults\[([0-9]+)\](.*)$/.exec(error.field || '');
            if (match && rows[parseInt(match[1], 10)]) {
                var row = rows[parseInt(match[1], 10)];
                var target = row.find('[data-okr-error-for="' + row.data('okr-row') + match[2] + '"]');
                (target.length ? target : row.find('[data-okr-error-for="' + row.data('okr-row') + '"]'))
                    .text(error.message || AJS.I18n.getText('okr.ui.error.unexpected'));
            } else {
                okr.showError(form, xhr);
            }
            button.prop('disabled', false);
        });
    });

    // --- a metric key result's values

    $(document).on('submit', 'form.okr-values-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        var body = {};
        form.find('[data-okr-kind]').each(function () {
            var field = $(this);
            body[field.attr('name')] = field.data('okr-kind') === 'text' ? $.trim(field.val() || '')
                : number(field.val());
        });
        button.prop('disabled', true);
        okr.send('PUT', form.data('okr-put'), body).done(function () {
            form.find('[data-okr-error-for=""]').text(AJS.I18n.getText('okr.ui.values.saved'));
            window.location.reload();
        }).fail(function (xhr) {
            okr.showError(form, xhr);
            button.prop('disabled', false);
        });
    });

    // --- links: align to a parent, link an initiative, drive a key result; and every unlink button

    $(document).on('submit', 'form.okr-link-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var name = form.data('okr-field');
        var input = form.find('[name="' + name + '"]');
        var key = $.trim(input.val() || '').toUpperCase();
        if (input.is('[data-okr-picker]')) {
            closePicker(input);
        }
        okr.clearErrors(form);
        if (!ISSUE_KEY.test(key)) {
            form.find('[data-okr-error-for="' + name + '"]').text(AJS.I18n.getText('okr.ui.link.badKey', key));
            return;
        }
        var body = {};
        body[name] = key;
        var button = form.find('button[type=submit]');
        button.prop('disabled', true);
        okr.send('POST', form.data('okr-post'), body).done(function () {
            window.location.reload();
        }).fail(function (xhr) {
            var error = xhr.responseJSON || {};
            if (error.field && !form.find('[data-okr-error-for="' + error.field + '"]').length) {
                // a refusal about the issue acted from (its key in the address) belongs to the whole form
                form.find('[data-okr-error-for=""]').text(error.message || AJS.I18n.getText('okr.ui.error.unexpected'));
            } else {
                okr.showError(form, xhr);
            }
            button.prop('disabled', false);
        });
    });

    // --- key fields: suggestions from Jira's own issue picker REST resource (GET /rest/api/2/issue/picker), asked as
    // the user, so Jira answers only issues they may browse; narrowed by the field's JQL (objectives, key results, or
    // neither). Typing a key by hand still works: the suggestions only fill the field.

    var PICKER_DELAY = 250;
    var PICKER_MIN = 2;

    function picker(input) {
        // not data('okrPicker'): jQuery would read the field's data-okr-picker attribute (the picker's address)
        var state = input.data('northstarPickerState');
        if (!state) {
            state = {timer: null, request: null, seq: 0, issues: [], active: -1};
            input.data('northstarPickerState', state);
        }
        return state;
    }

    function listOf(input) {
        return $(document.getElementById(input.attr('aria-controls')));
    }

    function statusOf(input) {
        return input.closest('form').find('.okr-picker-status');
    }

    function closePicker(input) {
        var state = picker(input);
        state.active = -1;
        listOf(input).prop('hidden', true).empty();
        input.attr('aria-expanded', 'false').removeAttr('aria-activedescendant');
    }

    /** The suggested issues as plain text (the key and summaryText, never the answer's HTML), each key once. */
    function suggested(answer, narrowed) {
        var seen = {};
        var issues = [];
        $.each((answer && answer.sections) || [], function (i, section) {
            // Jira's "History Search" section is not narrowed by currentJQL: with a narrowing only "Current Search"
            if (narrowed && section.id !== 'cs') {
                return;
            }
            $.each(section.issues || [], function (j, issue) {
                var key = issue && issue.key ? String(issue.key) : '';
                if (key !== '' && !seen[key]) {
                    seen[key] = true;
                    issues.push({key: key, summary: issue.summaryText ? String(issue.summaryText) : ''});
                }
            });
        });
        return issues;
    }

    function showSuggestions(input, issues) {
        var state = picker(input);
        var list = listOf(input);
        state.issues = issues;
        state.active = -1;
        list.empty();
        input.removeAttr('aria-activedescendant');
        if (!issues.length) {
            list.append($('<li class="okr-picker-empty" role="option" aria-disabled="true" aria-selected="false"/>')
                .text(AJS.I18n.getText('okr.ui.picker.noMatches')));
            statusOf(input).text(AJS.I18n.getText('okr.ui.picker.noMatches'));
        } else {
            statusOf(input).text(AJS.I18n.getText('okr.ui.picker.count', issues.length));
        }
        $.each(issues, function (i, issue) {
            var option = $('<li class="okr-picker-option" role="option" aria-selected="false"/>')
                .attr('id', list.attr('id') + '-' + i).attr('data-okr-index', i);
            option.append($('<span class="okr-picker-key"/>').text(issue.key));
            option.append($('<span class="okr-picker-summary"/>').text(issue.summary));
            list.append(option);
        });
        list.prop('hidden', false);
        input.attr('aria-expanded', 'true');
    }

    function suggest(input, typed) {
        var state = picker(input);
        var seq = ++state.seq;
        var jql = input.attr('data-okr-picker-jql') || '';
        var params = {query: typed, showSubTasks: 'true', showSubTaskParent: 'true'};
        if (jql !== '') {
            params.currentJQL = jql;
        }
        if (input.attr('data-okr-picker-issue')) {
            params.currentIssueKey = input.attr('data-okr-picker-issue');
        }
        if (state.request) {
            state.request.abort();
        }
        state.request = $.ajax({url: input.attr('data-okr-picker'), type: 'GET', data: params, dataType: 'json'});
        state.request.done(function (answer) {
            if (seq === state.seq) {
                showSuggestions(input, suggested(answer, jql !== ''));
            }
        }).fail(function (xhr, status) {
            if (seq === state.seq && status !== 'abort') {
                closePicker(input);
                statusOf(input).text(AJS.I18n.getText('okr.ui.picker.failed'));
            }
        });
    }

    function activate(input, index) {
        var state = picker(input);
        var options = listOf(input).find('.okr-picker-option');
        if (!options.length) {
            return;
        }
        state.active = (index + options.length) % options.length;
        options.removeClass('okr-picker-active').attr('aria-selected', 'false');
        var option = options.eq(state.active).addClass('okr-picker-active').attr('aria-selected', 'true');
        input.attr('aria-activedescendant', option.attr('id'));
        if (option[0].scrollIntoView) {
            option[0].scrollIntoView({block: 'nearest'});
        }
    }

    function choose(input, index) {
        var issue = picker(input).issues[index];
        if (issue) {
            input.val(issue.key);
            statusOf(input).text('');
            closePicker(input);
            input.trigger('focus');
        }
    }

    $(document).on('input', 'input[data-okr-picker]', function () {
        var input = $(this);
        var state = picker(input);
        var typed = $.trim(input.val() || '');
        window.clearTimeout(state.timer);
        state.seq++;
        if (typed.length < PICKER_MIN) {
            closePicker(input);
            statusOf(input).text('');
            return;
        }
        state.timer = window.setTimeout(function () {
            suggest(input, typed);
        }, PICKER_DELAY);
    });

    $(document).on('keydown', 'input[data-okr-picker]', function (event) {
        var input = $(this);
        var state = picker(input);
        var open = input.attr('aria-expanded') === 'true';
        if (event.key === 'ArrowDown' || event.key === 'Down') {
            event.preventDefault();
            if (!open && state.issues.length) {
                showSuggestions(input, state.issues);
            }
            activate(input, state.active + 1);
        } else if (event.key === 'ArrowUp' || event.key === 'Up') {
            event.preventDefault();
            activate(input, state.active < 0 ? -1 : state.active - 1);
        } else if (event.key === 'Enter' && open && state.active >= 0) {
            // Enter picks the suggestion; the next Enter submits the form
            event.preventDefault();
            choose(input, state.active);
        } else if ((event.key === 'Escape' || event.key === 'Esc') && open) {
            event.preventDefault();
            closePicker(input);
        } else if (event.key === 'Tab') {
            closePicker(input);
        }
    });

    $(document).on('blur', 'input[data-okr-picker]', function () {
        var input = $(this);
        window.setTimeout(function () {
            if (document.activeElement !== input[0]) {
                closePicker(input);
            }
        }, 150);
    });

    // mousedown, not click: the field keeps the focus, so its blur does not close the list first
    $(document).on('mousedown', '.okr-picker-option', function (event) {
        event.preventDefault();
        var input = $(this).closest('.okr-picker').find('input[data-okr-picker]');
        choose(input, parseInt($(this).attr('data-okr-index'), 10));
    });

    $(document).on('mouseenter', '.okr-picker-option', function () {
        var input = $(this).closest('.okr-picker').find('input[data-okr-picker]');
        activate(input, parseInt($(this).attr('data-okr-index'), 10));
    });

    $(document).on('click', 'button.okr-unlink', function () {
        var button = $(this);
        if (!window.confirm(AJS.I18n.getText('okr.ui.link.unlinkConfirm', button.data('okr-key')))) {
            return;
        }
        var error = button.closest('div').find('[data-okr-unlink-error]');
        error.text('');
        button.prop('disabled', true);
        $.ajax({url: button.data('okr-delete'), type: 'DELETE', headers: {'X-Atlassian-Token': 'no-check'}})
            .done(function () {
                window.location.reload();
            }).fail(function (xhr) {
                var answer = xhr.responseJSON || {};
                error.text(answer.message || AJS.I18n.getText('okr.ui.error.unexpected'));
                button.prop('disabled', false);
            });
    });
}(AJS.$, window.NorthstarOkr));
